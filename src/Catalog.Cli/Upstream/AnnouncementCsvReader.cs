using System;
using System.Collections.Generic;
using System.Text;

namespace JapaneseLlm.Catalog.Cli.Upstream;

/// <summary>Reads the chart's CSV (RFC 4180 quoting; a quoted field may hold commas).</summary>
internal static class AnnouncementCsvReader
{
    public static IReadOnlyList<AnnouncementRow> Read(string text)
    {
        var rows = new List<AnnouncementRow>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var index = 1; index < lines.Length; index++)
        {
            if (lines[index].Trim().Length == 0)
            {
                continue;
            }

            var fields = SplitFields(lines[index]);
            if (fields.Count < 5)
            {
                continue;
            }

            var sources = new List<string>();
            if (fields.Count > 5)
            {
                foreach (var source in fields[5].Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries))
                {
                    sources.Add(source.Trim());
                }
            }

            rows.Add(new AnnouncementRow(index + 1, fields[0].Trim(), fields[1].Trim(), fields[3].Trim(), fields[4].Trim(), sources));
        }

        return rows;
    }

    private static List<string> SplitFields(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var character = line[i];
            if (quoted)
            {
                if (character == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (character == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(character);
                }
            }
            else if (character == '"')
            {
                quoted = true;
            }
            else if (character == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(character);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
