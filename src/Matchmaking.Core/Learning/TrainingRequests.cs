using System.Globalization;
using Dapper;
using Hangfire;
using Matchmaking.Core.Audit;
using Matchmaking.Core.Users;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Matchmaking.Core.Learning;

/// <summary>The secretariat's requests to train a candidate: each is kept with its outcome and runs as a Hangfire job.</summary>
public sealed class TrainingRequests(
    NpgsqlDataSource dataSource, ModelTraining training, ModelVersionStore versions, IBackgroundJobClient jobs, TimeProvider time,
    ILogger<TrainingRequests> logger)
{
    /// <summary>The secretariat's request: a training runs as a job on a worker, never inside a request.</summary>
    public async Task<ModelTrainingView> RequestAsync(CurrentUser actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = time.GetUtcNow();
        long id;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
        {
            id = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
                INSERT INTO model_trainings (requested_by, requested_at, status) VALUES (@actor, @now, 'queued') RETURNING id
                """, new { actor = actor.Label, now }, transaction, cancellationToken: cancellationToken));
            await AuditLog.WriteAsync(connection, transaction, now, actor.Label, "request_model_training", "model_training",
                id.ToString(CultureInfo.InvariantCulture), null, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        // After the commit, so the worker always finds the request.
        jobs.Enqueue<TrainModelJob>(j => j.RunAsync(id, CancellationToken.None));
        return (await versions.TrainingAsync(id, cancellationToken))!;
    }

    /// <summary>Runs a requested training; a request already finished is left alone (Hangfire delivers at least once).</summary>
    public async Task RunRequestAsync(long trainingId, CancellationToken cancellationToken)
    {
        string? actor;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            actor = await connection.ExecuteScalarAsync<string?>(new CommandDefinition("""
                UPDATE model_trainings SET status = 'running' WHERE id = @trainingId AND status IN ('queued', 'running') RETURNING requested_by
                """, new { trainingId }, cancellationToken: cancellationToken));
        }

        if (actor is null)
        {
            return;
        }

        long? versionId = null;
        string? error = null;
        try
        {
            var report = await training.TrainAsync(actor, store: true, cancellationToken);
            versionId = report.StoredId;
            LogMessages.ModelTrained(logger, trainingId, report.Result.Candidate.Version, report.Result.Verdict.Code());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogMessages.ModelTrainingFailed(logger, e, trainingId);
            error = e.Message;
        }

        await using (var connection = await dataSource.OpenConnectionAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                UPDATE model_trainings SET status = @status, completed_at = @now, model_version_id = @versionId, error = @error
                WHERE id = @trainingId
                """, new { trainingId, status = error is null ? "completed" : "failed", now = time.GetUtcNow(), versionId, error },
                cancellationToken: CancellationToken.None));
        }
    }
}
