using System.Data;
using Dapper;

namespace Matchmaking.Core.Database;

/// <summary>
/// Npgsql reads timestamptz as UTC DateTime; this handler lets rows keep DateTimeOffset members. Npgsql also writes
/// only zero-offset DateTimeOffsets, and Dapper sends DateTimeOffset parameters without asking this handler, so
/// callers pass <c>ToUniversalTime()</c> for instants that carry a local offset (Paris call dates, submissions).
/// </summary>
internal sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value) => parameter.Value = value.ToUniversalTime();

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        DateTimeOffset o => o,
        _ => throw new DataException($"Cannot read {value.GetType()} as a DateTimeOffset."),
    };
}
