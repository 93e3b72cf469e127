using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matchmaking.Web.OpenApi;

/// <summary>
/// One line per operation for the OpenAPI document, kept together so that the API reads as a whole; an endpoint that
/// declares its own summary (<c>WithSummary</c>) keeps it. A test checks that no operation is left without one.
/// </summary>
internal sealed partial class OperationSummaries : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, string> Summaries = new(StringComparer.Ordinal)
    {
        ["GET health"] = "Whether the database, the job storage and (on a worker) the job server are up",
        ["GET api/calls"] = "The calls and their dates",
        ["GET api/calls/{year}"] = "One call and its dates",
        ["PUT api/calls/{year}"] = "Create a call or move its dates (Paris time without an offset); its tasks move with it",
        ["POST api/calls/{year}/applicants"] = "Import applicants (CSV or a JSON array): each record accepted or rejected with reasons",
        ["GET api/calls/{year}/applicants"] = "The call's applicants (a coordinator: its own field)",
        ["POST api/calls/{year}/mentors"] = "Import mentor offers (CSV or a JSON array): each record accepted or rejected with reasons",
        ["GET api/calls/{year}/mentors"] = "The call's mentor offers",
        ["GET api/calls/{year}/mentors/{id}"] = "One mentor offer",
        ["PUT api/calls/{year}/mentors/{id}"] = "Create or edit one mentor offer (a mentor city: its own, until a round for its field has run)",
        ["GET api/calls/{year}/imports"] = "The call's imports, with their rejected records and reasons",
        ["POST api/calls/{year}/rounds"] = "Start a pairing round (or join the one already queued or running)",
        ["GET api/calls/{year}/rounds"] = "The call's rounds, newest first",
        ["GET api/rounds/{id}"] = "A round's status and counts",
        ["GET api/rounds/{id}/proposals"] = "A round's proposals, as the reader may see them",
        ["GET api/calls/{year}/proposals"] = "The call's current proposals (the latest round per field), as the reader may see them",
        ["GET api/proposals/{id}"] = "One proposal with its explanation and alternatives",
        ["POST api/proposals/{id}/approve"] = "A coordinator approves a proposed pair of its field (the secretariat: with for_coordinator)",
        ["POST api/proposals/{id}/reject"] = "A coordinator rejects a proposed pair; the applicant's next best mentor is proposed (Next-Proposal header)",
        ["POST api/proposals/{id}/undo"] = "A coordinator takes an approval back before the mentor city answers: the pair is proposed again",
        ["POST api/proposals/{id}/reassign"] = "A coordinator pairs the applicant with one of the alternatives instead",
        ["GET api/calls/{year}/applicants/{id}/mentor-options"] =
            "Every offer of the applicant's field with the engine's score, the places left and why an offer cannot be chosen",
        ["POST api/calls/{year}/applicants/{id}/pair"] =
            "A coordinator pairs the applicant by hand with any admissible offer of the field: approved at once",
        ["POST api/proposals/{id}/accept"] = "The mentor city accepts an approved pairing: the partnership is established",
        ["POST api/proposals/{id}/decline"] = "The mentor city declines an approved pairing: the field is paired again",
        ["GET api/calls/{year}/follow-ups"] = "The call's follow-up tasks (a coordinator: its own field's and the call's own)",
        ["GET api/calls/{year}/schedule"] = "What runs when for the call, and what ran",
        ["POST api/follow-ups/{id}/retry"] = "Retry a dead-lettered or failed task now, or a cancelled one at its due time",
        ["POST api/follow-ups/{id}/cancel"] = "Cancel a task that has not run, or a dead-lettered one",
        ["GET api/calls/{year}/report"] = "The closing report: established pairs, and every other applicant with its reasons",
        ["GET api/calls/{year}/report.csv"] = "The closing report as CSV",
        ["POST api/portal/sync"] = "Read the remote applications portal now",
        ["GET api/portal/status"] = "The portal source's last sync and its outcome",
        ["GET api/notifications"] = "The outbox: pending, sending, sent, dead and cancelled notifications",
        ["POST api/notifications/{id}/retry"] = "Put a dead letter back in the outbox, due now",
        ["POST api/notifications/{id}/cancel"] = "A pending or dead notification is never to be sent",
        ["GET api/calls/{year}/designations"] = "The call's applicants and whether each was designated",
        ["PUT api/calls/{year}/designations"] = "Record who was designated; every other applicant is kept as unsuccessful call history",
        ["GET api/models"] = "The shipped text model and the versions learned from decisions, with their evaluations and rounds",
        ["POST api/models/train"] = "Train a candidate model from the decisions (a job); it becomes active only when it is not worse",
        ["GET api/models/trainings/{id}"] = "A training request's status and the version it stored",
        ["POST api/models/{id}/activate"] = "Make a stored model version active (go back to an earlier one)",
        ["POST api/models/shipped/activate"] = "Go back to the shipped model: no stored version active",
        ["GET api/users"] = "The people who use the service, with their state (disabled, locked)",
        ["POST api/users"] = "Create a user: its API token and a temporary password are answered once",
        ["POST api/users/{name}/disable"] = "Disable a user: its token and password stop working, its history stays",
        ["POST api/users/{name}/enable"] = "Enable a disabled user again",
        ["POST api/users/{name}/unlock"] = "Lift a lockout after too many wrong passwords",
        ["POST api/users/{name}/reset-password"] = "Give a user a new temporary password (answered once)",
        ["POST api/account/password"] = "Change one's own password (the current one is checked)",
        ["GET api/account/language"] = "One's own language for the pages and mail: en, fr or unset",
        ["PUT api/account/language"] = "Choose English or French for one's pages and the mail addressed to one",
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        // The route as written ("api/calls/{year:int}/rounds"), without its constraints or a trailing slash.
        var path = Constraint().Replace(context.Description.RelativePath ?? "", "{$1}").TrimEnd('/');
        var key = $"{context.Description.HttpMethod} {path}";
        if (string.IsNullOrEmpty(operation.Summary) && Summaries.TryGetValue(key, out var summary))
        {
            operation.Summary = summary;
        }

        return Task.CompletedTask;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\w+):[^}]+\}")]
    private static partial System.Text.RegularExpressions.Regex Constraint();
}
