using System;
using System.Collections.Generic;
using System.Text;
using JapaneseLlm.Catalog.Authoring;
using JapaneseLlm.Catalog.Authoring.Parsing;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Generator.Specs;

namespace JapaneseLlm.Catalog.Generator.Emit;

/// <summary>
/// Emits the <c>BaseModels</c> registry (the foreign base models) and the base links of models and base models:
/// <c>new __C.BaseModelLink(new __C.BaseModelLinkValues { Id = …, Relation = …, Model = () =&gt; ModelTable.Get(3) })</c>.
/// A link reaches its target through a lambda, so records that name each other construct in any order.
/// </summary>
internal static class BaseModelEmitter
{
    public static string Emit(RegistrySpec spec)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < spec.BaseModels.Count; index++)
        {
            indexes[spec.BaseModels[index].Entry.Id] = index;
        }

        return RegistryEmitter.EmitRegistry(
            spec.Target, "BaseModels", "BaseModelTable", "__C.BaseModel", spec.BaseModels,
            AppendSummary,
            (writer, entry) => writer.NewRecord("BaseModel")
                .Append(" { Id = ").Literal(entry.Id).Append(", Name = ").Name(entry.Name).InlineOptional("Developer", entry.Developer)
                .InlineOptional("Licenses", Licenses(entry, spec), static (item, licenses) => item.Array("__C.License", licenses, static (element, index) => element.TableEntry("LicenseTable", index)))
                .InlineOptional("Parameters", Sizes(entry), static (item, sizes) => item.Array("long", sizes, static (element, size) => element.Literal(size)))
                .InlineOptional("HuggingFaceIds", entry.HuggingFaceIds, CatalogValues.Strings).InlineOptional("Url", entry.Url)
                .InlineOptional("BaseModels", Parents(entry, indexes), BaseLinks).Append(" })"));
    }

    /// <summary>A list of links, each to a compiled model, a foreign base model, or (for a base that did not compile) neither.</summary>
    public static SourceWriter BaseLinks(this SourceWriter writer, EquatableArray<BaseLinkSpec> links) =>
        writer.Array("__C.BaseModelLink", links, static (item, link) =>
        {
            item.NewRecord("BaseModelLink").Append(" { Id = ").Literal(link.Id);
            if (link.Relation.Length > 0)
            {
                item.Append(", Relation = __C.BaseRelation.").Append(RegistryEmitter.CSharpName(link.Relation));
            }

            if (link.ModelIndex >= 0)
            {
                item.Append(", Model = () => ").TableEntry("ModelTable", link.ModelIndex);
            }
            else if (link.BaseModelIndex >= 0)
            {
                item.Append(", BaseModel = () => ").TableEntry("BaseModelTable", link.BaseModelIndex);
            }

            item.Append(" })");
        });

    /// <summary>"Derived from: Llama 3 Swallow 8B (fine-tuning), Llama 3." for a model's docs; nothing without bases.</summary>
    public static void AppendLineage(StringBuilder text, EquatableArray<BaseLinkSpec> links, Func<BaseLinkSpec, string> name)
    {
        for (var index = 0; index < links.Count; index++)
        {
            text.Append(index == 0 ? "Derived from: " : ", ").Append(name(links[index]));
            if (links[index].Relation.Length > 0)
            {
                text.Append(" (").Append(links[index].Relation).Append(')');
            }
        }

        if (links.Count > 0)
        {
            text.Append(".\n");
        }
    }

    private static void AppendSummary(StringBuilder text, BaseModelEntry entry)
    {
        text.Append(PlainText.FromMarkdown(entry.Name.Get(CatalogLanguage.English)));
        if (entry.Developer is not null)
        {
            text.Append(", by ").Append(entry.Developer);
        }

        text.Append('.');
        for (var index = 0; index < entry.Licenses.Count; index++)
        {
            text.Append(index == 0 ? " License: " : ", ").Append(entry.Licenses[index].Id);
        }

        if (entry.Licenses.Count > 0)
        {
            text.Append('.');
        }
    }

    private static EquatableArray<int> Licenses(BaseModelEntry entry, RegistrySpec spec)
    {
        var indexes = new List<int>(entry.Licenses.Count);
        foreach (var reference in entry.Licenses)
        {
            for (var index = 0; index < spec.Licenses.Count; index++)
            {
                if (spec.Licenses[index].Entry.Id == reference.Id)
                {
                    indexes.Add(index);
                }
            }
        }

        return indexes.ToEquatableArray();
    }

    /// <summary>The sizes as numbers; the reader has reported and left out any that is not a parameter count.</summary>
    private static EquatableArray<long> Sizes(BaseModelEntry entry)
    {
        var sizes = new List<long>(entry.Parameters.Count);
        foreach (var text in entry.Parameters)
        {
            if (ParameterCount.TryParse(text, out var size))
            {
                sizes.Add(size);
            }
        }

        return sizes.ToEquatableArray();
    }

    private static EquatableArray<BaseLinkSpec> Parents(BaseModelEntry entry, Dictionary<string, int> indexes)
    {
        var links = new List<BaseLinkSpec>(entry.BaseModels.Count);
        foreach (var reference in entry.BaseModels)
        {
            links.Add(new BaseLinkSpec(reference.Id, "", -1, indexes.TryGetValue(reference.Id, out var index) ? index : -1, null));
        }

        return links.ToEquatableArray();
    }
}
