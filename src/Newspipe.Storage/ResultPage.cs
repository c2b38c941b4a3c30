namespace Newspipe.Storage;

/// <summary>One page of a longer list: <paramref name="Total"/> counts every match, <paramref name="Items"/> holds this page's.</summary>
public sealed record ResultPage<T>(int Total, int Page, int PageSize, IReadOnlyList<T> Items)
{
    public static ResultPage<T> Empty(int page, int pageSize) => new(0, page, pageSize, []);
}
