using Newspipe.Cleaning.Metadata;

namespace Newspipe.Cleaning.Tests;

public sealed class PublishedDateParserTests
{
    [Theory]
    [InlineData("2024-06-19", "2024-06-19")]
    [InlineData("2024-06-19T10:30:00Z", "2024-06-19T10:30:00+00:00")]
    [InlineData("2024-06-19T10:30:00+09:00", "2024-06-19T10:30:00+09:00")]
    [InlineData("2024-06-19T10:30:00.123-0500", "2024-06-19T10:30:00-05:00")]
    [InlineData("2024-06-19 10:30", "2024-06-19T10:30:00")]
    [InlineData("June 19, 2024", "2024-06-19")]
    [InlineData("Jun20,2024", "2024-06-20")]
    [InlineData("Thu. Jul 18th, 2024", "2024-07-18")]
    [InlineData("Wednesday, June 19, 2024", "2024-06-19")]
    [InlineData("Published Date: 01:07 | 19 June 2024", "2024-06-19")]
    [InlineData("Sept. 3 2024", "2024-09-03")]
    [InlineData("segunda-feira, 22 de outubro de 2010 às 20:13", "2010-10-22")]
    [InlineData("19. Juni 2024", "2024-06-19")]
    [InlineData("1er juin 2024", "2024-06-01")]
    [InlineData("19.06.2024", "2024-06-19")]
    [InlineData("2024/06/19", "2024-06-19")]
    public void Normalizes_written_and_iso_dates(string value, string expected)
    {
        Assert.Equal(expected, PublishedDateParser.Normalize(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-02-30")]
    [InlineData("June 32, 2024")]
    [InlineData("Room 19, 2024")]
    [InlineData("05/10/2018")]
    public void Rejects_what_is_not_a_valid_date(string value)
    {
        Assert.Null(PublishedDateParser.Normalize(value));
    }

    [Theory]
    [InlineData("Thu. Jul 18th, 2024", true)]
    [InlineData("Wednesday, June 19, 2024", true)]
    [InlineData("Modified Date: 04:47 | 19 June 2024", true)]
    [InlineData("November 20, 2019 - 11:28 AMT", true)]
    [InlineData("sexta-feira, 22 de outubro de 2010 às 20:13", true)]
    [InlineData("Putin signed the treaty on June 19, 2024", false)]
    public void Tells_a_date_banner_from_a_sentence_with_a_date(string line, bool dateOnly)
    {
        Assert.Equal(dateOnly, PublishedDateParser.IsDateOnly(line));
    }
}
