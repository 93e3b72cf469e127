namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>The portal answered, but not as its contract says (see <see cref="PortalClient"/>); retrying would not help.</summary>
public sealed class PortalContractException(string message, Exception? innerException = null) : Exception(message, innerException);
