namespace Matchmaking.Web.Health;

/// <summary>Quartz's ADO store keeps instants as .NET ticks (UTC) in bigint columns.</summary>
internal static class QuartzTime
{
    public static DateTimeOffset FromStored(long ticks) => new(ticks, TimeSpan.Zero);
}
