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

    public static string ToIdentifier(string id)
    {
        // At most one '_' before each kept character, and one in front: twice the length and one.
        var name = new char[(id.Length * 2) + 1];
        var length = 1;
        var startOfWord = true;
        for (var position = 0; position < id.Length; position++)
        {
            var character = id[position];
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
            var isTimes = character == 'x' && IsDigit(previous) && position + 1 < id.Length && IsDigit(id[position + 1]);
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
