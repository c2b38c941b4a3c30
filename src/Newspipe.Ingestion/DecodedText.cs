namespace Newspipe.Ingestion;

/// <summary>Text decoded from a file's bytes and the name of the encoding that was used.</summary>
internal readonly record struct DecodedText(string Text, string Encoding);
