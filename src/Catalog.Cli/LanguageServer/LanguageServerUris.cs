using System;
using System.IO;

namespace JapaneseLlm.Catalog.Cli.LanguageServer;

/// <summary>The protocol names documents by <c>file:</c> URI; the catalog's parses by full path.</summary>
internal static class LanguageServerUris
{
    public static string FromPath(string path) => new Uri(path).AbsoluteUri;

    public static string ToPath(string uri) => Path.GetFullPath(new Uri(uri).LocalPath);
}
