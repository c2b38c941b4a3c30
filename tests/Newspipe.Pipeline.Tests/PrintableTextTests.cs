using Newspipe.ServiceDefaults;

namespace Newspipe.Pipeline.Tests;

public sealed class PrintableTextTests
{
    [Fact]
    public void Control_characters_and_direction_overrides_in_a_file_name_are_shown_not_obeyed()
    {
        var forged = "x\nstored    deadbeef  Forged\u001b[2J\u202Etxt.exe";

        var printed = PrintableText.Escape(forged);

        Assert.Equal("x\\u{000A}stored    deadbeef  Forged\\u{001B}[2J\\u{202E}txt.exe", printed);
        Assert.DoesNotContain('\n', printed);
        Assert.Equal("plain name.txt", PrintableText.Escape("plain name.txt"));
    }
}
