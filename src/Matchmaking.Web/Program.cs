using Matchmaking.Core;
using Matchmaking.Core.Database;
using Matchmaking.Core.Hosting;
using Matchmaking.Web.Applicants;
using Matchmaking.Web.Auth;
using Matchmaking.Web.Caching;
using Matchmaking.Web.Calls;
using Matchmaking.Web.Dashboard;
using Matchmaking.Web.Designations;
using Matchmaking.Web.Exports;
using Matchmaking.Web.FollowUps;
using Matchmaking.Web.Health;
using Matchmaking.Web.Ingestion;
using Matchmaking.Web.Learning;
using Matchmaking.Web.Limits;
using Matchmaking.Web.Localization;
using Matchmaking.Web.RateLimits;
using Matchmaking.Web.Mentors;
using Matchmaking.Web.Notifications;
using Matchmaking.Web.Pages;
using Matchmaking.Web.Pages.Shared;
using Matchmaking.Web.Proposals;
using Matchmaking.Web.Reports;
using Matchmaking.Web.Rounds;
using Matchmaking.Web.Samples;
using Matchmaking.Core.Matching;
using Matchmaking.Web.Users;

var builder = WebApplication.CreateBuilder(args);
var role = HostRoles.Parse(builder.Configuration["role"]);

// No connection string configured: start (or reuse) the embedded PostgreSQL and load the sample call.
var connectionString = builder.Configuration.GetConnectionString("Matchmaking");
var embedded = string.IsNullOrWhiteSpace(connectionString);
if (embedded)
{
    var folder = Path.Combine(RepositoryRoot.Find(), builder.Configuration["Database:EmbeddedDirectory"] ?? ".data/postgres");
    connectionString = await new EmbeddedPostgres(folder, Console.WriteLine).StartAsync();
    await LexiconPackages.EnsureInstalledAsync(Console.WriteLine);
}

builder.Services.AddSingleton(new ProcessRole(role));
builder.Services.AddSingleton<ProposalListResponses>();
builder.Services.AddMatchmakingCore(connectionString!, role);
if (embedded || builder.Configuration.GetValue<bool>("Sample:Load"))
{
    builder.Services.AddHostedService<SampleCallLoader>();
}

builder.Services.AddHttpContextAccessor();
builder.Services.AddMatchmakingAuth();
builder.Services.AddMatchmakingPages();
builder.Services.AddPageLanguages();
builder.Services.AddBodyLimits();
builder.Services.AddMatchmakingRateLimits();
builder.Services.AddExceptionHandler<BadRequestHandler>();
builder.Services.AddExceptionHandler<CallNotFoundHandler>();
// Binding errors are thrown so that BadRequestHandler can say what was wrong (position, field) instead of a bare 400.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemWording.Customize);
builder.Services.AddOpenApi(o =>
{
    o.AddDocumentTransformer<Matchmaking.Web.OpenApi.BearerSecurity>();
    o.AddOperationTransformer<Matchmaking.Web.OpenApi.BearerSecurity>();
    o.AddOperationTransformer<Matchmaking.Web.OpenApi.OperationSummaries>();
});
builder.Services.ConfigureHttpJsonOptions(o => JsonDefaults.Configure(o.SerializerOptions));
Matchmaking.Web.Ingestion.FieldErrorWording.AddFieldErrorWording(builder.Services);

var app = builder.Build();
app.UseMatchmakingPageSecurity();
app.UsePageLanguages();
app.UseRequestWrites();
app.UseExceptionHandler();
app.UseStatusCodeAnswers();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseBodyLimits();
app.MapOpenApi();
app.MapHealthApi();
if (role.HasFlag(HostRole.Web))
{
    app.MapCallsApi();
    app.MapApplicantsApi();
    app.MapMentorsApi();
    app.MapRoundsApi();
    app.MapProposalsApi();
    app.MapHandPairingApi();
    app.MapFollowUpsApi();
    app.MapReportsApi();
    app.MapExportsApi();
    app.MapIngestionApi();
    app.MapNotificationsApi();
    app.MapUsersApi();
    app.MapDesignationsApi();
    app.MapModelsApi();
    app.MapRazorPages();
    app.MapJobDashboard();
}

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
