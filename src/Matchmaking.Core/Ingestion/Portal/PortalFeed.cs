namespace Matchmaking.Core.Ingestion.Portal;

/// <summary>One paged collection of the portal, and the kind of import its records make.</summary>
internal sealed record PortalFeed(string Kind, string Path)
{
    public static readonly PortalFeed Applicants = new("applicants", "applications");
    public static readonly PortalFeed Mentors = new("mentors", "mentor-offers");

    public static IReadOnlyList<PortalFeed> All { get; } = [Applicants, Mentors];

    /// <summary>The import's source, as the imports history and the readers' messages show it.</summary>
    public string SourceFor(int year) => $"portal:calls/{year}/{Path}";
}
