using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Web.Limits;

/// <summary>How large a request body may be (section <c>Limits</c>).</summary>
public sealed class BodyLimitOptions
{
    public const string Section = "Limits";

    /// <summary>
    /// An import (API or upload page). A real call is a few hundred records of a few kilobytes each; 16 MiB holds tens of
    /// thousands of them.
    /// </summary>
    [Range(1024, 1L << 32)]
    public long ImportBytes { get; set; } = 16L << 20;

    /// <summary>Every other request: a decision, a call's dates, an offer, a sign-in.</summary>
    [Range(1024, 1L << 32)]
    public long BodyBytes { get; set; } = 256L << 10;

    /// <summary>
    /// A body over its limit is still read (and thrown away) up to this size, so that the client, which is usually still
    /// sending, receives the 413 instead of a reset connection. Beyond it the connection is closed after the answer.
    /// </summary>
    [Range(1024, 1L << 34)]
    public long DrainBytes { get; set; } = 256L << 20;
}
