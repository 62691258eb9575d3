using System;
using System.Collections.Generic;

namespace JapaneseLlm.Catalog.Authoring.Naming;

/// <summary>
/// Turns record ids into C# identifiers: <c>example-lm-3-172b</c> → <c>ExampleLm3__172B</c>, <c>apache-2.0</c> → <c>Apache2_0</c>,
/// <c>example2.1-1b</c> → <c>Example2_1__1B</c>, <c>example2-8x70b</c> → <c>Example2__8x70B</c>.
/// Between two digits, one '_' is always a decimal point and two are always any other break ('-', ' ', '_', '+'),
/// so a name reads one way only: <c>Example2_1__1B</c> is 2.1 and 1B, never 2 and 1.1B. ('_' for the point is .NET's
/// own convention, as in <c>LanguageVersion.CSharp7_3</c>.)
/// Deterministic and culture-free; ids that collide are reported by the validator, never suffixed.
/// </summary>
public static class IdentifierNamer
{
    /// <summary>Members every class inherits from object; a generated member with one of these names would hide it.</summary>
    public static readonly IReadOnlyCollection<string> ReservedMemberNames = new HashSet<string>
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>
    /// The longest generated type name (<c>HuggingFaceIds.&lt;Model&gt;</c>) and record member name (<c>Models.X</c>,
    /// <c>Developers.X</c>, …): longer names are hard to read in IntelliSense and signal an id that lists several models.
    /// The importer keeps ids short enough (<see cref="MaxIdLength"/>); a test holds the committed catalog to it.
    /// </summary>
    public const int MaxTypeNameLength = 64;

    /// <summary>
    /// The longest Hugging Face id constant name. Repo names run up to 96 characters on the Hub, and a readable
    /// constant spells the repo name out, so this is longer than <see cref="MaxTypeNameLength"/>; a longer name is
    /// cut after its last whole word that fits.
    /// </summary>
    public const int MaxMemberNameLength = 80;

    /// <summary>
    /// The longest record id the importer hands out. The id names the record's file too, and with the deepest section
    /// folder a catalog path stays under 128 characters, so a clone in a folder of up to 130 characters stays under
    /// Windows' 260-character path limit without <c>core.longpaths</c>.
    /// </summary>
    public const int MaxIdLength = 48;

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
        // At most two '_' before each kept character, and one in front: three times the length and one.
        var capacity = ((text.Length - start) * 3) + 1;
        var name = capacity <= ReusedLength ? buffer ??= new char[ReusedLength] : new char[capacity];
        var length = 1;
        var startOfWord = true;
        var afterDecimalPoint = false;
        for (var position = start; position < text.Length; position++)
        {
            var character = lowerCase ? char.ToLowerInvariant(text[position]) : text[position];
            if (!IsAsciiLetterOrDigit(character))
            {
                // A single '.' between two digits is a decimal point; anything else between them is a break.
                afterDecimalPoint = !startOfWord && character == '.' && position > start && IsDigit(text[position - 1]);
                startOfWord = true;
                continue;
            }

            var previous = length > 1 ? name[length - 1] : '\0';
            if (startOfWord && IsDigit(character) && IsDigit(previous))
            {
                // "3-172b" must not fuse into "3172B", nor read as "3.172B": "3__172B"; "2.5" is "2_5".
                name[length++] = '_';
                if (!afterDecimalPoint)
                {
                    name[length++] = '_';
                }
            }

            afterDecimalPoint = false;

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

    /// <summary>
    /// <paramref name="name"/> cut before its last word (an upper-case letter or a '_') that would pass
    /// <paramref name="maxLength"/>; mid-word only when even the first word does not fit. A prefix of a name is still
    /// a name: it starts as the name does.
    /// </summary>
    public static string Shorten(string name, int maxLength)
    {
        if (name.Length <= maxLength)
        {
            return name;
        }

        var cut = maxLength;
        while (cut > 1 && !(name[cut] is >= 'A' and <= 'Z' or '_'))
        {
            cut--;
        }

        return name.Substring(0, cut > 1 ? cut : maxLength).TrimEnd('_');
    }

    private static bool IsAsciiLetterOrDigit(char character) =>
        character is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    private static bool IsDigit(char character) => character is >= '0' and <= '9';

    private static char ToUpper(char character) =>
        character is >= 'a' and <= 'z' ? (char)(character - 'a' + 'A') : character;
}
