using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Matchmaking.Web.OpenApi;

/// <summary>
/// The OpenAPI document says how to authenticate (the bearer scheme) and, for every operation that needs a signed-in
/// user, that it may answer 401 (no or unknown token) and, when it needs a role, 403; an operation naming something by
/// id (or the call of an import or a round) may answer 404, and a step of a state machine 409.
/// </summary>
internal sealed class BearerSecurity : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string Scheme = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A token printed once by `matchmaking users add`: `Authorization: Bearer mm_...`.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        operation.Responses ??= new OpenApiResponses();
        if (authorize.Count > 0 && !metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
            operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No bearer token, or one that is not known." });
            if (authorize.Any(a => a.Policy is not null || a.Roles is not null))
            {
                operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token's role may not do this." });
            }
        }

        var path = context.Description.RelativePath ?? "";
        var method = context.Description.HttpMethod ?? "GET";
        // An id in the path names something that may not exist; so does the call of an import or a round.
        if (path.Contains("{id", StringComparison.Ordinal) || (method == "POST" && path.StartsWith("api/calls/{year}", StringComparison.Ordinal)))
        {
            operation.Responses.TryAdd("404", new OpenApiResponse { Description = "No such call, round, proposal, task or notification." });
        }

        // The state machines: a decision on a proposal, a retry or cancel of a task or notification, an offer after its round.
        if (method is "POST" or "PUT"
            && (path.StartsWith("api/proposals/", StringComparison.Ordinal) || path.StartsWith("api/follow-ups/", StringComparison.Ordinal)
                || path.StartsWith("api/notifications/", StringComparison.Ordinal) || path.StartsWith("api/calls/{year}/mentors/{id}", StringComparison.Ordinal)))
        {
            operation.Responses.TryAdd("409", new OpenApiResponse { Description = "Not in a state for this (the detail says why)." });
        }

        return Task.CompletedTask;
    }
}
