using System.Text;

namespace Matchmaking.IntegrationTests.Ingestion.Inbox;

/// <summary>A throwaway inbox folder and files to drop into it.</summary>
internal sealed class InboxFolder : IDisposable
{
    public const int Year = 2027;

    public const string ApplicantHeader = "id,city,country_code,creative_field,languages,submitted_at,needs,profile,previous_calls";

    public string Path { get; } = Directory.CreateTempSubdirectory("matchmaking-inbox-").FullName;

    public string Processed => System.IO.Path.Combine(Path, "processed");

    public string Failed => System.IO.Path.Combine(Path, "failed");

    public Dictionary<string, string?> Settings => new()
    {
        ["Inbox:Enabled"] = "true",
        ["Inbox:Folder"] = Path,
        ["Inbox:CallYear"] = Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Inbox:Interval"] = "00:00:01",
    };

    /// <summary>Written beside the inbox and renamed into it, the way the inbox asks senders to drop files.</summary>
    public void Drop(string name, string content)
    {
        var staging = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{Guid.NewGuid():N}.part");
        File.WriteAllText(staging, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(staging, System.IO.Path.Combine(Path, name));
    }

    public static string Applicants(params string[] rows) => string.Join('\n', [ApplicantHeader, .. rows]) + "\n";

    public static string Applicant(string id, string city = "Oran", string field = "Music") =>
        $"{id},{city},DZ,{field},fr;ar,2027-03-12T09:30:00+01:00,Archives of raï recordings,,";

    /// <summary>File names, sorted; none while the folder does not exist (processed/ and failed/ appear at the first scan).</summary>
    public IReadOnlyList<string> FilesIn(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder).Select(f => System.IO.Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList()
        : [];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
