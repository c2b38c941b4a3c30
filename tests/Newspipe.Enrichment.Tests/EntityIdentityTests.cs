using Newspipe.Enrichment;

namespace Newspipe.Enrichment.Tests;

public sealed class EntityIdentityTests
{
    [Theory]
    [InlineData("Kim Jong-Un", "Kim Jong Un")]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("kim  jong un", "Kim Jong Un")]
    [InlineData("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan")]
    [InlineData("U.S.", "US")]
    public void Spelling_variants_share_a_key(string variant, string canonical) =>
        Assert.Equal(EntityIdentity.KeyOf(canonical, EntityType.Person), EntityIdentity.KeyOf(variant, EntityType.Person));

    [Theory]
    [InlineData("Kim Sung-bae", "Kim Jong Un")]
    [InlineData("Vladimir Tikhonov", "Vladimir Putin")]
    [InlineData("Kim Jong Ng", "Kim Jong Un")]
    public void Different_people_have_different_keys(string a, string b) =>
        Assert.NotEqual(EntityIdentity.KeyOf(a, EntityType.Person), EntityIdentity.KeyOf(b, EntityType.Person));

    [Fact]
    public void The_type_is_part_of_the_key() =>
        Assert.NotEqual(EntityIdentity.KeyOf("Georgia", EntityType.Location), EntityIdentity.KeyOf("Georgia", EntityType.Person));
}
