using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Newspipe.Storage;

/// <summary>
/// Every time the store keeps is UTC; SQLite keeps no kind, so without this a time read back there is "unspecified"
/// and leaves as JSON without its <c>Z</c>, unlike the same time read from PostgreSQL.
/// </summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
