using System.Collections.Generic;
using JapaneseLlm.Catalog.Authoring.Records;

namespace JapaneseLlm.Catalog.Cli.Import;

/// <summary>A cell of a column the catalog has no field for: kept as the list writes it, per language, so it renders back.</summary>
internal static class OtherColumnCell
{
    public static void Keep(string shows, PerLanguage<string> cell, List<FieldText> cells)
    {
        if (SectionColumn.OtherKey(shows) is { } key && cell.ToTextOrNull() is { } text)
        {
            cells.Add(new FieldText(key, text));
        }
    }
}
