using Newspipe.Cleaning.Metadata;

namespace Newspipe.Cleaning.Html;

/// <summary>What the page says about itself: article metadata, its JSON-LD, and the normalised headline and site-name spellings.</summary>
internal sealed record HtmlPageMetadata(ArticleMetadata Metadata, JsonLdArticle? JsonLd, IReadOnlyList<string> HeaderTexts);
