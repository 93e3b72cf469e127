using Matchmaking.Core.Calls;
using Matchmaking.Core.Reports;
using Matchmaking.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Matchmaking.Web.Pages.Secretariat;

public sealed class ReportModel(ClosingReportService reports, CallStore calls, TimeProvider time) : AppPage
{
    public int Year { get; private set; }
    public YearPicker Picker { get; private set; } = null!;
    public ClosingReport Report { get; private set; } = null!;

    public async Task OnGetAsync(int? year, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        Picker = await YearPicker.ForAsync(Year, calls, cancellationToken);
        Report = await reports.BuildAsync(Year, cancellationToken);
    }

    /// <summary>The same CSV as <c>GET /api/calls/{year}/report.csv</c>.</summary>
    public async Task<IActionResult> OnGetCsvAsync(int? year, CancellationToken cancellationToken)
    {
        Year = await CallYearChoice.ResolveAsync(year, calls, time, cancellationToken);
        var csv = ClosingReportService.ToCsv(await reports.BuildAsync(Year, cancellationToken));
        return File(Exports.CsvDownload.Bytes(csv), Exports.CsvDownload.ContentType, $"closing-report-{Year}.csv");
    }
}
