using System.Collections.Generic;
using System.Linq;
using JapaneseLlm.Catalog.Authoring.Records;
using JapaneseLlm.Catalog.Authoring.Schema;

namespace JapaneseLlm.Catalog.Authoring.Parsing;

/// <summary>Reads <c>other_columns:</c>, a list of <c>{ column: key, text: … }</c>: cells of columns the catalog has no field for.</summary>
internal static class OtherColumnReader
{
    public static EquatableArray<FieldText> Read(MappingReader reader)
    {
        var cells = new List<FieldText>();
        foreach (var mapping in reader.Mappings("other_columns"))
        {
            var item = reader.Nested(mapping, CommonProperties.OtherColumn.Name, CommonProperties.OtherColumn.Keys);
            var column = item.Id("column");
            var text = item.Text("text", required: true);
            item.ReportUnknownKeys();
            if (column is not null && cells.Any(cell => cell.Field == column))
            {
                item.Report(Diagnostics.CatalogRules.InvalidValue, item.SpanOf("column"), "column", column, "each column has one cell in a row; merge the two entries");
            }
            else if (column is not null && text is not null)
            {
                reader.Locate("other_columns", mapping.Span);
                cells.Add(new FieldText(column, text));
            }

            reader.Absorb(item);
        }

        return cells.ToEquatableArray();
    }
}
