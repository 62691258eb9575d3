using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using JapaneseLlm.Catalog.Authoring.Diagnostics;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;
using JapaneseLlm.Catalog.Authoring.Yaml;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>
/// Reads typed values out of one YAML mapping against a fixed set of keys, reporting wrong types,
/// bad values and unknown keys at their positions. A value that cannot be read comes back as
/// <see langword="null"/> and marks the reader as failed, so the entry is skipped, never half-built.
/// </summary>
internal sealed class MappingReader
{
    private static readonly Regex IdPattern = new(ValuePatterns.Id, RegexOptions.CultureInvariant);
    private static readonly Regex SectionIdPattern = new(ValuePatterns.SectionId, RegexOptions.CultureInvariant);
    private static readonly Regex ContentRuleIdPattern = new(ValuePatterns.ContentRuleId, RegexOptions.CultureInvariant);
    private readonly YamlMapping mapping;
    private readonly string kindName;
    private readonly string[] knownKeys;
    private readonly List<CatalogDiagnostic> diagnostics;
    private readonly ItemSpanRecorder items;
    private readonly ItemScope scope;

    public MappingReader(YamlMapping mapping, string kindName, string path, string fileText, List<CatalogDiagnostic> diagnostics, params string[] knownKeys)
        : this(mapping, kindName, path, fileText, diagnostics, new ItemSpanRecorder(), ItemScope.Entry, knownKeys)
    {
    }

    private MappingReader(YamlMapping mapping, string kindName, string path, string fileText, List<CatalogDiagnostic> diagnostics, ItemSpanRecorder items, ItemScope scope, string[] knownKeys)
    {
        this.mapping = mapping;
        FileText = fileText;
        this.kindName = kindName;
        this.knownKeys = knownKeys;
        this.diagnostics = diagnostics;
        this.items = items;
        this.scope = scope;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The whole file's text, from which an entry's field locations are found again when a rule needs one.</summary>
    public string FileText { get; }

    public bool Failed { get; private set; }

    public SourceSpan Span => mapping.Span;

    public YamlEntry? Find(string key)
    {
        // Indexed, not foreach: enumerating an IReadOnlyList boxes its enumerator, and every field read calls this.
        var entries = mapping.Entries;
        for (var index = 0; index < entries.Count; index++)
        {
            if (entries[index].Key.Value == key)
            {
                return entries[index];
            }
        }

        return null;
    }

    /// <summary>Where the entry read from this mapping is written, for the diagnostics reported later.</summary>
    public EntryLocations Locations() => new(SpanOf("id"), FieldLocations.Of(FileText, mapping), items.TakeAll());

    /// <summary>Records where an item kept in the record's list <paramref name="key"/> (or its one value) is written.</summary>
    public void Locate(string key, SourceSpan span) => items.Add(scope.Prefix.Length == 0 ? key : scope.Prefix + key, span);

    public SourceSpan SpanOf(string key) => Find(key)?.Value.Span ?? mapping.Span;

    public void ReportUnknownKeys()
    {
        var entries = mapping.Entries;
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            if (Array.IndexOf(knownKeys, entry.Key.Value) >= 0)
            {
                continue;
            }

            var suggestion = KeySuggester.Suggest(entry.Key.Value, knownKeys);
            var hint = suggestion is null
                ? $": known keys are {string.Join(", ", knownKeys)}"
                : $": did you mean '{suggestion}'?";
            Report(CatalogRules.UnknownKey, entry.Key.Span, entry.Key.Value, $"a {kindName}", hint);
        }
    }

    public string? String(string key, bool required = false)
    {
        var node = Node(key, required);
        var value = node is null ? null : AsString(key, node);
        return required && value is not null && IsBlank(value) ? ReportBlank<string>(key, node!) : value;
    }

    /// <summary>A string of a closed set (<paramref name="allowed"/>); a value outside it is reported and read as absent.</summary>
    public string? OneOf(string key, IReadOnlyList<string> allowed, bool required = false)
    {
        var value = String(key, required);
        return value is not null && IsAllowed(key, value, SpanOf(key), allowed) ? value : null;
    }

    public string? Id(string key = "id", bool required = true) => Matching(key, IdPattern, ValuePatterns.Id, required);

    public string? SectionId(string key, bool required) => Matching(key, SectionIdPattern, ValuePatterns.SectionId, required);

    /// <summary>A string of a fixed form (<see cref="ValuePatterns"/>); a value of another form is reported and read as absent.</summary>
    public string? Matching(string key, string pattern, bool required) => Matching(key, pattern switch
    {
        ValuePatterns.Id => IdPattern,
        ValuePatterns.SectionId => SectionIdPattern,
        ValuePatterns.ContentRuleId => ContentRuleIdPattern,
        _ => new Regex(pattern, RegexOptions.CultureInvariant),
    }, pattern, required);

    private string? Matching(string key, Regex regex, string pattern, bool required)
    {
        var value = String(key, required);
        if (value is not null && !regex.IsMatch(value))
        {
            Report(CatalogRules.InvalidValue, SpanOf(key), key, value, ValuePatterns.Hint(pattern));
            return null;
        }

        return value;
    }

    public string? Date(string key, bool required = false)
    {
        var value = String(key, required);
        if (value is not null && !IsCalendarDate(value))
        {
            Report(CatalogRules.InvalidValue, SpanOf(key), key, value, "write dates as yyyy-MM-dd");
            return null;
        }

        return value;
    }

    /// <summary>
    /// yyyy-MM-dd in ASCII digits, naming a day that exists. Checked by hand: DateTime.TryParseExact took an
    /// eighth of the whole parse of a large catalog.
    /// </summary>
    private static bool IsCalendarDate(string value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-')
        {
            return false;
        }

        int Digits(int start, int count)
        {
            var number = 0;
            for (var position = start; position < start + count; position++)
            {
                var digit = value[position] - '0';
                if (digit is < 0 or > 9)
                {
                    return -1;
                }

                number = (number * 10) + digit;
            }

            return number;
        }

        var (year, month, day) = (Digits(0, 4), Digits(5, 2), Digits(8, 2));
        return year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    public int? Int(string key, bool required = false, int minimum = int.MinValue, int maximum = int.MaxValue)
    {
        var node = Node(key, required);
        return node is null ? null : AsInt(key, node, minimum, maximum);
    }

    public bool? Bool(string key)
    {
        var node = Node(key, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalar { IsPlain: true } scalar && (scalar.Value is "true" or "false"))
        {
            return scalar.Value == "true";
        }

        return WrongType<bool?>(key, node, "true or false");
    }

    public long? ParameterCountValue(string key)
    {
        var node = Node(key, required: false);
        if (node is null)
        {
            return null;
        }

        if (node is not YamlScalar scalar)
        {
            return WrongType<long?>(key, node, "a parameter count such as 7B or 310M");
        }

        if (!ParameterCount.TryParse(scalar.Value, out var count))
        {
            Report(CatalogRules.InvalidValue, scalar.Span, key, scalar.Value, "write a positive count such as 7B, 1.8B, 310M or 125000000");
            return null;
        }

        return count;
    }

    public LocalizedText? Text(string key, bool required = false)
    {
        var node = Node(key, required);
        var failedBefore = Failed;
        var text = node is null ? null : AsText(key, node);

        // A mapping that already failed (an unknown language key) has been reported; blank would only repeat it.
        return required && text is not null && IsBlank(text) && Failed == failedBefore ? ReportBlank<LocalizedText>(key, node!) : text;
    }

    /// <summary>
    /// Reports a required text that is there but says nothing (<c>""</c>, <c>"   "</c>, <c>{}</c>, <c>{ja: ~}</c>): the
    /// record would otherwise compile and render with an empty cell where its name belongs (issue 17).
    /// </summary>
    public T? ReportBlank<T>(string key, YamlNode node)
        where T : class
    {
        Report(CatalogRules.InvalidValue, node.Span, key, SourceOf(node), "it is required and may not be blank: write it in ja, en or fr");
        return null;
    }

    public static bool IsBlank(LocalizedText text) => IsBlank(text.Japanese) && IsBlank(text.English) && IsBlank(text.French);

    private static bool IsBlank(string? text) => text is null || text.Trim().Length == 0;

    /// <summary>A text value for a message that quotes it: a scalar as read, a mapping of languages as <c>{ja: …}</c>.</summary>
    private static string SourceOf(YamlNode node) => Shorten(node switch
    {
        YamlScalar scalar => scalar.Value,
        YamlMapping mapping => "{" + string.Join(", ", mapping.Entries.Select(entry => entry.Key.Value + ": " + (entry.Value is YamlScalar value ? value.Value : "…"))) + "}",
        _ => node.KindName,
    });

    private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";

    public EquatableArray<EntryReference> References(string key)
    {
        var node = Node(key, required: false);
        if (node is null)
        {
            return EquatableArray<EntryReference>.Empty;
        }

        var items = Items(key, node);
        var references = new List<EntryReference>(items.Count);
        var spans = new List<SourceSpan>(items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var id = AsString(key, item);
            if (id is null)
            {
                continue;
            }

            if (!IdPattern.IsMatch(id))
            {
                Report(CatalogRules.InvalidValue, item.Span, key, id, "ids are lowercase letters, digits, '.', '_', '+' and '-'");
                continue;
            }

            var first = references.FindIndex(reference => reference.Id == id);
            if (first >= 0)
            {
                ReportRepeat(key, id, item.Span, spans[first]);
                continue;
            }

            references.Add(new EntryReference(id));
            spans.Add(item.Span);
            Locate(key, item.Span);
        }

        return references.ToEquatableArray();
    }

    /// <summary>A list of texts (or one); with <paramref name="allowed"/>, each must be one of those values.</summary>
    /// <summary>A list of parameter counts as written (7B, 1.8B, 310M); an item that is not one is reported and left out.</summary>
    public EquatableArray<string> ParameterCounts(string key)
    {
        var node = Node(key, required: false);
        if (node is null)
        {
            return EquatableArray<string>.Empty;
        }

        var values = new List<string>();
        foreach (var item in Items(key, node))
        {
            if (AsString(key, item) is not { } value)
            {
                continue;
            }

            if (!ParameterCount.TryParse(value, out _))
            {
                Report(CatalogRules.InvalidValue, item.Span, key, value, "write a positive count such as 7B, 1.8B, 310M or 125000000");
                continue;
            }

            values.Add(value);
        }

        return values.ToEquatableArray();
    }

    public EquatableArray<string> Strings(string key, IReadOnlyList<string>? allowed = null)
    {
        var node = Node(key, required: false);
        if (node is null)
        {
            return EquatableArray<string>.Empty;
        }

        var items = Items(key, node);
        var values = new List<string>(items.Count);
        var spans = new List<SourceSpan>(items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            var value = AsString(key, item);
            if (value is null || !IsAllowed(key, value, item.Span, allowed))
            {
                continue;
            }

            var first = values.IndexOf(value);
            if (first >= 0)
            {
                ReportRepeat(key, value, item.Span, spans[first]);
                continue;
            }

            values.Add(value);
            spans.Add(item.Span);
        }

        return values.ToEquatableArray();
    }

    private void ReportRepeat(string key, string value, SourceSpan repeat, SourceSpan first) =>
        Report(CatalogRules.RepeatedListItem, repeat, key, value, first.Line.ToString(CultureInfo.InvariantCulture));

    /// <summary>Whether <paramref name="value"/> is in the closed set <paramref name="allowed"/> (any value when there is none); reports it if not.</summary>
    public bool IsAllowed(string key, string value, SourceSpan span, IReadOnlyList<string>? allowed)
    {
        if (allowed is null || allowed.Contains(value))
        {
            return true;
        }

        var suggestion = KeySuggester.Suggest(value, allowed);
        Report(CatalogRules.InvalidValue, span, key, value, suggestion is null ? $"use one of {string.Join(", ", allowed)}" : $"did you mean '{suggestion}'?");
        return false;
    }

    /// <summary>A list of mappings, each handed to <paramref name="readItem"/>; a single scalar is not accepted.</summary>
    public IEnumerable<YamlMapping> Mappings(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null)
        {
            yield break;
        }

        if (node is not YamlSequence sequence)
        {
            WrongType<object?>(key, node, "a list");
            yield break;
        }

        for (var index = 0; index < sequence.Items.Count; index++)
        {
            var item = sequence.Items[index];
            if (item is YamlMapping itemMapping)
            {
                yield return itemMapping;
            }
            else
            {
                WrongType<object?>(key, item, "a list of mappings");
            }
        }
    }

    public YamlNode? Node(string key, bool required)
    {
        var entry = Find(key);
        if (entry is null || entry.Value is YamlScalar { IsNull: true })
        {
            if (required)
            {
                Report(CatalogRules.MissingKey, mapping.Span, Capitalize(kindName), IdForMessage(), key);
            }

            return null;
        }

        return entry.Value;
    }

    public IReadOnlyList<YamlNode> Items(string key, YamlNode node) =>
        node switch
        {
            YamlSequence sequence => sequence.Items,
            YamlScalar scalar => new[] { scalar },
            _ => WrongType<IReadOnlyList<YamlNode>>(key, node, "a list") ?? Array.Empty<YamlNode>(),
        };

    public string? AsString(string key, YamlNode node) =>
        node is YamlScalar scalar ? scalar.Value : WrongType<string?>(key, node, "a text value");

    public int? AsInt(string key, YamlNode node, int minimum = int.MinValue, int maximum = int.MaxValue)
    {
        if (node is not YamlScalar scalar)
        {
            return WrongType<int?>(key, node, "a whole number");
        }

        if (!int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return WrongType<int?>(key, node, "a whole number", WhyNotWholeNumber(scalar.Value));
        }

        if (value >= minimum && value <= maximum)
        {
            return value;
        }

        var range = maximum == int.MaxValue
            ? $"it must be at least {minimum.ToString(CultureInfo.InvariantCulture)}"
            : $"it must be from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}";
        Report(CatalogRules.InvalidValue, scalar.Span, key, scalar.Value, range);
        return null;
    }

    /// <summary>Says what is wrong with a scalar that should have been a whole number, so the fix is obvious.</summary>
    private static string WhyNotWholeNumber(string value)
    {
        var trimmed = value.Trim();
        if (trimmed.Length > 0 && trimmed.All(character => character is >= '0' and <= '9' or '-' or '+'))
        {
            return trimmed.Length == value.Length
                ? $"which is too large (at most {int.MaxValue.ToString(CultureInfo.InvariantCulture)})"
                : "which has spaces around the number";
        }

        return decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
            ? "which has a fraction or an exponent"
            : "which is not a number";
    }

    public LocalizedText? AsText(string key, YamlNode node)
    {
        switch (node)
        {
            case YamlScalar scalar:
                return LocalizedText.Same(scalar.Value);
            case YamlMapping languages:
                var reader = new MappingReader(languages, $"'{key}' text", Path, FileText, diagnostics, CatalogSchema.LanguageKeys);
                var text = new LocalizedText(reader.String("ja"), reader.String("en"), reader.String("fr"));
                reader.ReportUnknownKeys();
                Failed |= reader.Failed;
                return text;
            default:
                return WrongType<LocalizedText?>(key, node, "a text or a mapping of ja, en and fr texts");
        }
    }

    /// <summary>The reader of one entry of a registry file, whose locations are its own.</summary>
    public MappingReader Entry(YamlMapping entry, string entryKindName, params string[] entryKeys) =>
        new(entry, entryKindName, Path, FileText, diagnostics, entryKeys);

    /// <summary>The reader of item <paramref name="index"/> of the list <paramref name="key"/>, whose own lists are located under <c>key[index].</c>.</summary>
    public MappingReader NestedItem(YamlMapping nested, string key, int index, string nestedKindName, params string[] nestedKeys) =>
        new(nested, nestedKindName, Path, FileText, diagnostics, items, new ItemScope(scope, key, index), nestedKeys);

    public void Absorb(MappingReader nested) => Failed |= nested.Failed;

    /// <summary>Reports a value of the wrong type; a scalar is quoted, with <paramref name="why"/> when it says more.</summary>
    public T? WrongType<T>(string key, YamlNode node, string expected, string? why = null)
    {
        var actual = node is YamlScalar scalar ? $"the text '{Shorten(scalar.Value)}'" + (why is null ? "" : ", " + why) : node.KindName;
        Report(CatalogRules.WrongValueType, node.Span, key, expected, actual);
        return default;
    }

    public void Report(CatalogRule rule, SourceSpan span, params object[] arguments)
    {
        if (rule.DefaultSeverity == DiagnosticSeverityLevel.Error)
        {
            Failed = true;
        }

        diagnostics.Add(CatalogDiagnostic.Create(rule, Path, span, arguments));
    }

    private string IdForMessage() => Find("id")?.Value is YamlScalar id ? id.Value : "(no id)";

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    /// <summary>
    /// Where a nested reader's lists are located: under <c>key[index].</c> of its parent's. The prefix is made only when
    /// something is located there (a variant's own licenses), not for every variant read.
    /// </summary>
    private sealed class ItemScope
    {
        public static readonly ItemScope Entry = new(null, "", 0);

        private readonly ItemScope? parent;
        private readonly string key;
        private readonly int index;
        private string? prefix;

        public ItemScope(ItemScope? parent, string key, int index) => (this.parent, this.key, this.index) = (parent, key, index);

        public string Prefix => prefix ??= parent is null ? "" : parent.Prefix + key + "[" + index.ToString(CultureInfo.InvariantCulture) + "].";
    }
}
