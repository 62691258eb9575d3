namespace JapaneseLlm.Catalog.Authoring.Schema;

/// <summary>One kind of catalog file (<c>kind: model</c>, <c>kind: licenses</c>, …) and the mapping at its root.</summary>
public sealed record SchemaFile(string Kind, string Title, SchemaObject Root)
{
    /// <summary>The JSON Schema's file name in catalog/schema/, as every file's modeline names it.</summary>
    public string FileName => Kind + ".schema.json";

    /// <summary>For a registry file: the mapping of one entry of its list (the list's key is the kind).</summary>
    public SchemaObject? Entries
    {
        get
        {
            foreach (var property in Root.Properties)
            {
                if (property.Key == Kind)
                {
                    return property.Items;
                }
            }

            return null;
        }
    }
}
