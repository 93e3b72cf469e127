using System.Globalization;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Web.Pages.Shared;

/// <summary>
/// Geometry of the server-rendered SVG bar chart: per field, admissible applicants against volunteered mentor capacity,
/// with the shortfall called out. Pure numbers; the markup is in <c>_FeasibilityChart.cshtml</c>.
/// </summary>
internal sealed record FeasibilityChart(IReadOnlyList<FeasibilityChart.Row> Rows, int Height)
{
    public const int Width = 640;
    public const int LabelWidth = 150;
    private const int BarSpace = 380;
    private const int RowHeight = 46;

    public sealed record Row(string Field, int Y, int Applicants, Bar ApplicantsBar, int Capacity, Bar CapacityBar, int Shortfall);

    /// <summary>A bar's width and where its value label starts, as SVG numbers.</summary>
    public sealed record Bar(string Width, string LabelX);

    public static FeasibilityChart For(IReadOnlyList<FieldFeasibility> fields)
    {
        var max = Math.Max(1, fields.Count == 0 ? 1 : fields.Max(f => Math.Max(f.AdmissibleApplicants, f.MentorCapacity)));
        Bar Scale(int value)
        {
            var width = value * (double)BarSpace / max;
            return new Bar(Num(width), Num(LabelWidth + width + 4));
        }

        var rows = fields.Select((f, i) => new Row(
            f.Field.DisplayName(), 10 + (i * RowHeight), f.AdmissibleApplicants, Scale(f.AdmissibleApplicants), f.MentorCapacity,
            Scale(f.MentorCapacity), f.Shortfall)).ToList();
        return new FeasibilityChart(rows, 20 + (rows.Count * RowHeight));
    }

    public static string Num(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
