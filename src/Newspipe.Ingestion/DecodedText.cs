namespace Newspipe.Ingestion;

/// <summary>
/// Text decoded from a file's bytes, the name of the encoding that was used, and how many invalid byte sequences were
/// replaced by U+FFFD (a UTF-8 file with a few bad bytes).
/// </summary>
internal readonly record struct DecodedText(string Text, string Encoding, int Replaced = 0);
