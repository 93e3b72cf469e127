namespace Matchmaking.Core.Ingestion;

/// <summary>The two interchange formats of applicant and mentor files.</summary>
public enum ImportFormat
{
    /// <summary>UTF-8 CSV (RFC 4180) with a header row; a byte order mark is allowed.</summary>
    Csv,

    /// <summary>A UTF-8 JSON array of objects whose property names are the CSV column names.</summary>
    Json,
}
