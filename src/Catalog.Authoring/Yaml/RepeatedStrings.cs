using System.Threading;

namespace JapaneseLlm.Catalog.Authoring.Yaml;

/// <summary>
/// One string per spelling of the short texts files repeat — keys (every model has <c>name</c>, <c>ja</c>,
/// <c>en</c>, …) and plain values such as section, license and developer ids — instead of a new one per
/// occurrence: a large catalog paid for the copies in garbage collection, since parsed records keep their values.
/// A small fixed table that keeps the last text seen per slot, so it holds a bounded number of strings whatever
/// the input; a slot is always checked against the text before it is used.
/// </summary>
internal static class RepeatedStrings
{
    /// <summary>Longer texts rarely repeat; hashing them would cost more than it saves.</summary>
    public const int MaxLength = 48;

    private static readonly string?[] Slots = new string?[4096];

    public static string Get(string text, int offset, int length)
    {
        if (length > MaxLength)
        {
            return text.Substring(offset, length);
        }

        var hash = (uint)length;
        for (var position = offset; position < offset + length; position++)
        {
            hash = unchecked((hash * 31) + text[position]);
        }

        var slot = (int)(hash % (uint)Slots.Length);
        var known = Volatile.Read(ref Slots[slot]);
        if (known is not null && known.Length == length && string.CompareOrdinal(known, 0, text, offset, length) == 0)
        {
            return known;
        }

        var value = text.Substring(offset, length);
        Volatile.Write(ref Slots[slot], value);
        return value;
    }
}
