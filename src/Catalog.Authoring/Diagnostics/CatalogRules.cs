using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace JapaneseLlm.Catalog.Authoring.Diagnostics;

/// <summary>
/// Every diagnostic the catalog reports, in one place. IDs are stable: never reuse or renumber one.
/// JLLM00xx: the file cannot be read as a catalog record. JLLM01xx: references between records.
/// JLLM02xx: content rules, the list's own rules over readable records (in CatalogRules.Content.cs).
/// </summary>
public static partial class CatalogRules
{
    public const string FormatCategory = "JapaneseLlm.Catalog.Format";
    public const string ReferenceCategory = "JapaneseLlm.Catalog.References";

    public static readonly CatalogRule InvalidYaml = new(
        "JLLM0001",
        "Invalid YAML",
        "{0}",
        FormatCategory,
        DiagnosticSeverityLevel.Error,
        "The file is not valid YAML, so no record could be read from it.");

    public static readonly CatalogRule UnknownKey = new(
        "JLLM0002",
        "Unknown key",
        "'{0}' is not a key of {1}{2}",
        FormatCategory,
        DiagnosticSeverityLevel.Error,
        "Unknown keys are errors, not ignored, so that a misspelt key never loses a fact silently.");

    public static readonly CatalogRule WrongValueType = new(
        "JLLM0003",
        "Wrong value type",
        "'{0}' must be {1}, but is {2}",
        FormatCategory,
        DiagnosticSeverityLevel.Error,
        "A value has the wrong type for its key.");

    public static readonly CatalogRule MissingKey = new(
        "JLLM0004",
        "Missing required key",
        "{0} '{1}' has no '{2}': add it",
        FormatCategory,
        DiagnosticSeverityLevel.Error,
        "A key that every record of this kind must have is missing.");

    public static readonly CatalogRule DuplicateKey = new(
        "JLLM0005",
        "Duplicate key",
        "Key '{0}' appears twice in the same mapping (first at line {1}): keep one",
        FormatCategory,
        DiagnosticSeverityLevel.Error,
        "YAML mappings may not repeat a key; which value wins would otherwise be an accident.");

    public static readonly CatalogRule InvalidDocument = new(
        "JLLM0006",
        "Not a catalog document",
        "{0}",
        FormatCategory,
        DiagnosticSeverityLevel.Error,
        "A catalog file holds exactly one YAML document whose root is a mapping with a 'kind'.");

    public static readonly CatalogRule UnsupportedYaml = new(
        "JLLM0007",
        "Unsupported YAML feature",
        "{0}",
        FormatCategory,
        DiagnosticSeverityLevel.Error,
        "Anchors, aliases and tags are not used by the catalog; refusing them also rules out alias bombs.");

    public static readonly CatalogRule InvalidValue = new(
        "JLLM0008",
        "Invalid value",
        "'{0}' has an invalid value '{1}': {2}",
        FormatCategory,
        DiagnosticSeverityLevel.Error,
        "A value has the right type but not an allowed form (an id, a date, a size, a URL or a closed set).");

    public static readonly CatalogRule RepeatedListItem = new(
        "JLLM0009",
        "Repeated list item",
        "'{0}' lists '{1}' twice (first at line {2}): keep one",
        FormatCategory,
        DiagnosticSeverityLevel.Error,
        "A list of ids names each one once; a repeat would be compiled, rendered and exported twice.");

    public static readonly CatalogRule DuplicateId = new(
        "JLLM0101",
        "Duplicate record id",
        "{0} id '{1}' is also defined in {2}: ids must be unique",
        ReferenceCategory,
        DiagnosticSeverityLevel.Error,
        "Two records of one kind share an id, so references to it are ambiguous.");

    public static readonly CatalogRule IdentifierCollision = new(
        "JLLM0102",
        "Identifier collision",
        "{0} id '{1}' becomes the C# name '{2}', which '{3}' already has: rename one id",
        ReferenceCategory,
        DiagnosticSeverityLevel.Error,
        "Two ids map to one generated C# identifier; neither gets a silent suffix.");

    public static readonly CatalogRule UnknownReference = new(
        "JLLM0103",
        "Unknown reference",
        "{0} '{1}' refers to {2} '{3}', which is not in the {2} registry{4}",
        ReferenceCategory,
        DiagnosticSeverityLevel.Error,
        "A record refers to a registry entry that does not exist.");

    public static readonly CatalogRule CyclicSectionParent = new(
        "JLLM0104",
        "Cyclic section parent",
        "Section '{0}' is its own ancestor ({1}): point 'parent' at the enclosing section",
        ReferenceCategory,
        DiagnosticSeverityLevel.Error,
        "Sections form a tree; a section that is its own ancestor has no place in the list's outline.");

    public static readonly CatalogRule CyclicLineage = new(
        "JLLM0105",
        "Cyclic lineage",
        "Model '{0}' derives from itself ({1}): a model cannot be its own base; fix the 'base_models' entry",
        ReferenceCategory,
        DiagnosticSeverityLevel.Error,
        "Base models form a tree of ancestry; a model that is its own ancestor has no lineage to follow.");

    /// <summary>Every rule declared in this class, in id order: a new rule is listed by declaring it.</summary>
    public static IReadOnlyList<CatalogRule> All { get; } = typeof(CatalogRules).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(CatalogRule))
        .Select(field => (CatalogRule)field.GetValue(null)!)
        .OrderBy(rule => rule.Id, StringComparer.Ordinal)
        .ToArray();
}
