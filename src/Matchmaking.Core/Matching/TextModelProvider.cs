using Dapper;
using Matchmaking.Engine.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Matchmaking.Core.Matching;

/// <summary>The text model a round runs with, and the stored version it is (null: the shipped or configured model).</summary>
public sealed record ActiveTextModel(long? VersionId, TextModel Model);

/// <summary>
/// Serves the active model version (<c>model_versions</c>), else the model named in configuration (the shipped one by default).
/// Rounds run in the worker and hand pairing in the web host: each asks for the current model, which costs one indexed
/// look-up of the active id; the artifact is loaded once per version and kept until another version becomes active.
/// </summary>
public sealed class TextModelProvider(IOptions<ModelOptions> options, NpgsqlDataSource dataSource, ILogger<TextModelProvider> logger)
    : IDisposable
{
    private readonly Lazy<TextModel> _configured = new(() => Load(options.Value.Path));
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile Served? _served;

    /// <summary>The shipped or configured model: what runs when no stored version is active.</summary>
    public TextModel Model => _configured.Value;

    public async Task<ActiveTextModel> CurrentAsync(CancellationToken cancellationToken)
    {
        long? activeId;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            activeId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                "SELECT id FROM model_versions WHERE active", cancellationToken: cancellationToken));
        }

        if (_served is { } served && served.ActiveId == activeId)
        {
            return served.Model;
        }

        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_served is { } loaded && loaded.ActiveId == activeId)
            {
                return loaded.Model;
            }

            var model = activeId is { } id ? await LoadStoredAsync(id, cancellationToken) : new ActiveTextModel(null, Model);
            _served = new Served(activeId, model);
            return model;
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>A stored version this build cannot read (fitted with another thesaurus) gives way to the configured model.</summary>
    private async Task<ActiveTextModel> LoadStoredAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var artifact = await connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(
            "SELECT artifact FROM model_versions WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        if (artifact is null)
        {
            return new ActiveTextModel(null, Model);
        }

        try
        {
            return new ActiveTextModel(id, WithLexicon(TextModel.Load(new MemoryStream(artifact))));
        }
        catch (InvalidDataException e)
        {
            LogMessages.StoredModelUnreadable(logger, e, id);
            return new ActiveTextModel(null, Model);
        }
    }

    public static TextModel Load(string? path)
    {
        TextModel model;
        if (string.IsNullOrWhiteSpace(path))
        {
            model = TextModel.Default;
        }
        else
        {
            using var stream = File.OpenRead(path);
            model = TextModel.Load(stream);
        }

        return WithLexicon(model);
    }

    /// <summary>The model reading Debian's lexicon when it is installed (else its lexical groups are left out, as its version says).</summary>
    public static TextModel WithLexicon(TextModel model) => LexiconFiles.TryRead() is { } lexicon ? model.WithLexicon(lexicon) : model;

    public void Dispose() => _loading.Dispose();

    private sealed record Served(long? ActiveId, ActiveTextModel Model);
}
