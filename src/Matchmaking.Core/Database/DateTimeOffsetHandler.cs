using System.Data;
using Dapper;

namespace Matchmaking.Core.Database;

/// <summary>
/// Npgsql reads timestamptz as UTC DateTime and writes only zero-offset DateTimeOffsets; this handler lets the code
/// keep DateTimeOffset everywhere (Paris-local call dates included) and stores the instant in UTC.
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
