using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using JapaneseLlm.Catalog.Json;

namespace JapaneseLlm.Catalog
{
    /// <remarks>System.Text.Json writes a model as its <see cref="ModelDocument"/>, the catalog's JSON contract.</remarks>
    [JsonConverter(typeof(ModelJsonConverter))]
    public sealed partial class Model
    {
    }

    /// <remarks>System.Text.Json writes a catalog as its <see cref="CatalogDocument"/>, the catalog's JSON contract.</remarks>
    [JsonConverter(typeof(LlmCatalogJsonConverter))]
    public sealed partial class LlmCatalog
    {
    }
}

namespace JapaneseLlm.Catalog.Json
{
    /// <summary>
    /// Writes a <see cref="Model"/> as its <see cref="ModelDocument"/>, so that any System.Text.Json call (an ASP.NET
    /// endpoint, <c>JsonSerializer.Serialize(model)</c>) writes the catalog's contract rather than the object's properties.
    /// Reading is not offered: compiled models are not made from JSON; read a <see cref="ModelDocument"/> instead.
    /// </summary>
    internal sealed class ModelJsonConverter : JsonConverter<Model>
    {
        public override Model Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("A Model is compiled, not read: deserialize a JapaneseLlm.Catalog.Json.ModelDocument.");

        public override void Write(Utf8JsonWriter writer, Model value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, CatalogJson.ToDocument(value), CatalogJsonContext.Default.ModelDocument);
    }

    /// <summary>Writes an <see cref="LlmCatalog"/> as its <see cref="CatalogDocument"/> (see <see cref="ModelJsonConverter"/>).</summary>
    internal sealed class LlmCatalogJsonConverter : JsonConverter<LlmCatalog>
    {
        public override LlmCatalog Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("A catalog is compiled, not read: deserialize a JapaneseLlm.Catalog.Json.CatalogDocument.");

        public override void Write(Utf8JsonWriter writer, LlmCatalog value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, CatalogJson.ToDocument(value), CatalogJsonContext.Default.CatalogDocument);
    }
}
