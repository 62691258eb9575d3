using System.Threading;

namespace JapaneseLlm.Catalog.Model.Yaml;

/// <summary>
/// One string per spelling of the keys files repeat (every model has <c>name</c>, <c>ja</c>, <c>en</c>, …),
/// instead of a new one per occurrence: a third of a file's scalars are keys, and a large catalog paid for them
/// in garbage collection. A small fixed table that keeps the last key seen per slot, so it holds a bounded
/// number of strings whatever the input; a slot is always checked against the text before it is used.
/// </summary>
internal static class KeyStrings
{
    private static readonly string?[] Slots = new string?[1024];

    public static string Get(string text, int offset, int length)
    {
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

        var key = text.Substring(offset, length);
        Volatile.Write(ref Slots[slot], key);
        return key;
    }
}
