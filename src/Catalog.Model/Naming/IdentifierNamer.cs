using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Model.Naming;

/// <summary>
/// Turns record ids into C# identifiers: <c>llm-jp-3-172b</c> → <c>LlmJp3_172B</c>, <c>apache-2.0</c> → <c>Apache2_0</c>,
/// <c>sarashina2-8x70b</c> → <c>Sarashina2_8x70B</c>.
/// Deterministic and culture-free; ids that collide are reported by the validator, never suffixed.
/// </summary>
public static class IdentifierNamer
{
    /// <summary>Members every class inherits from object; a generated member with one of these names would hide it.</summary>
    public static readonly IReadOnlyCollection<string> ReservedMemberNames = new HashSet<string>
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>Names up to this long are built in one buffer per thread (ids are short); longer ones in their own.</summary>
    private const int ReusedLength = 1024;

    /// <summary>Names are built for every record and variant of a catalog on each cold run: one buffer, not one each.</summary>
    [ThreadStatic]
    private static char[]? buffer;

    public static string ToIdentifier(string id) => ToIdentifier(id, start: 0, lowerCase: false);

    /// <summary>
    /// The identifier of <paramref name="text"/> from <paramref name="start"/> on, lower-cased first (invariant)
    /// when <paramref name="lowerCase"/>: the same as <c>ToIdentifier(text.Substring(start).ToLowerInvariant())</c>
    /// without the two intermediate strings. (Lower-casing char by char equals lower-casing the string for
    /// every character this keeps: surrogate pairs lower-case to pairs, which are not ASCII letters either way.)
    /// </summary>
    public static string ToIdentifier(string text, int start, bool lowerCase)
    {
        // At most one '_' before each kept character, and one in front: twice the length and one.
        var capacity = ((text.Length - start) * 2) + 1;
        var name = capacity <= ReusedLength ? buffer ??= new char[ReusedLength] : new char[capacity];
        var length = 1;
        var startOfWord = true;
        for (var position = start; position < text.Length; position++)
        {
            var character = lowerCase ? char.ToLowerInvariant(text[position]) : text[position];
            if (!IsAsciiLetterOrDigit(character))
            {
                startOfWord = true;
                continue;
            }

            var previous = length > 1 ? name[length - 1] : '\0';
            if (startOfWord && IsDigit(character) && IsDigit(previous))
            {
                // "3-172b" must not fuse into "3172B".
                name[length++] = '_';
            }

            // "172b" reads as "172B", but the "x" of "8x7b" stays a multiplication sign: "8x7B".
            var isTimes = character == 'x' && IsDigit(previous) && position + 1 < text.Length && IsDigit(text[position + 1]);
            var upper = startOfWord || (IsDigit(previous) && !isTimes);
            name[length++] = upper ? ToUpper(character) : character;
            startOfWord = false;
        }

        // Slot 0 is kept for the '_' that an empty name or one starting with a digit needs.
        if (length == 1 || IsDigit(name[1]))
        {
            name[0] = '_';
            return new string(name, 0, length);
        }

        return new string(name, 1, length - 1);
    }

    private static bool IsAsciiLetterOrDigit(char character) =>
        character is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    private static bool IsDigit(char character) => character is >= '0' and <= '9';

    private static char ToUpper(char character) =>
        character is >= 'a' and <= 'z' ? (char)(character - 'a' + 'A') : character;
}
