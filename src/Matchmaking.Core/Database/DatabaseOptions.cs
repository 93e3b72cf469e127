using System.ComponentModel.DataAnnotations;

namespace Matchmaking.Core.Database;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Folder of the embedded cluster used when no connection string is configured.</summary>
    [Required]
    public string EmbeddedDirectory { get; set; } = ".data/postgres";
}
