namespace Matchmaking.Core.Notifications;

/// <summary>
/// Where a notification is in its delivery: pending until a worker takes it, sending while the mail goes out, then sent,
/// pending again (to retry), or dead after too many failures; or cancelled.
/// </summary>
internal static class NotificationStates
{
    public const string Pending = "pending";
    public const string Sending = "sending";
    public const string Sent = "sent";
    public const string Dead = "dead";
    public const string Cancelled = "cancelled";

    public static readonly IReadOnlyList<string> All = [Pending, Sending, Sent, Dead, Cancelled];

    public static bool IsKnown(string? state) => All.Contains(state, StringComparer.Ordinal);
}
