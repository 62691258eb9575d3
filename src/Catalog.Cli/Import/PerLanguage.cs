using System;
using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>One value for each of the list's three languages.</summary>
internal sealed record PerLanguage<T>(T Ja, T En, T Fr)
{
    public static readonly IReadOnlyList<CatalogLanguage> Languages = new[] { CatalogLanguage.Japanese, CatalogLanguage.English, CatalogLanguage.French };

    public T this[CatalogLanguage language] => language switch
    {
        CatalogLanguage.Japanese => Ja,
        CatalogLanguage.English => En,
        CatalogLanguage.French => Fr,
        _ => throw new ArgumentOutOfRangeException(nameof(language)),
    };

    public PerLanguage<TResult> Select<TResult>(Func<T, TResult> map) => new(map(Ja), map(En), map(Fr));

    public PerLanguage<TResult> Select<TResult>(Func<T, CatalogLanguage, TResult> map) => new(map(Ja, CatalogLanguage.Japanese), map(En, CatalogLanguage.English), map(Fr, CatalogLanguage.French));

    /// <summary>
    /// The value at least two languages agree on, else Japanese (the list's source language). Structured facts
    /// (links, sizes, years) must not differ by language, so a disagreement is an upstream slip to report.
    /// </summary>
    public T Majority(IEqualityComparer<T>? comparer = null)
    {
        comparer ??= EqualityComparer<T>.Default;
        return comparer.Equals(En, Fr) && !comparer.Equals(Ja, En) ? En : Ja;
    }

    public bool AllEqual(IEqualityComparer<T>? comparer = null)
    {
        comparer ??= EqualityComparer<T>.Default;
        return comparer.Equals(Ja, En) && comparer.Equals(En, Fr);
    }
}

internal static class PerLanguage
{
    public static LocalizedText ToText(this PerLanguage<string> texts) => new(texts.Ja, texts.En, texts.Fr);

    public static LocalizedText? ToTextOrNull(this PerLanguage<string> texts) =>
        texts.Ja.Length == 0 && texts.En.Length == 0 && texts.Fr.Length == 0 ? null : texts.ToText();
}
