using Matchmaking.Core.Matching;
using Dapper;
using Matchmaking.Engine.Text;
using Matchmaking.IntegrationTests.Infrastructure;

namespace Matchmaking.IntegrationTests.Learning;

internal static class StoredModels
{
    /// <summary>A candidate with other weights than the shipped model's, stored as a training would store it, not active.</summary>
    public static async Task<(long Id, string Version)> CandidateAsync(AppFactory factory)
    {
        (string Needs, string Right, string Wrong)[] decided =
        [
            ("Nos saxophonistes ont besoin d'un partenaire.", "Saxophone masterclasses.", "A choir school for children."),
            ("Nos accordéonistes ont besoin d'un partenaire.", "Accordion ensembles.", "Electronic music production labs."),
            ("Nos percussionnistes ont besoin d'un partenaire.", "Percussion ensembles.", "Opera house management."),
            ("Nos violonistes ont besoin d'un partenaire.", "Violin makers.", "Hip hop dance battles."),
            ("Nos clarinettistes ont besoin d'un partenaire.", "Clarinet classes.", "Street carnival parades."),
        ];
        var decisions = decided.SelectMany((d, i) => new[]
        {
            new DecisionPair { ApplicantNeeds = d.Needs, OfferExpertise = d.Right, Right = true, CallYear = 2020 + (i % 2), ApplicantId = $"a{i}" },
            new DecisionPair { ApplicantNeeds = d.Needs, OfferExpertise = d.Wrong, Right = false, CallYear = 2020 + (i % 2), ApplicantId = $"a{i}" },
        }).ToList();
        var candidate = DecisionTraining.Train(TextModelProvider.WithLexicon(TextModel.Default), decisions, null);
        Assert.NotEqual(TextModelProvider.WithLexicon(TextModel.Default).Version, candidate.Candidate.Version);
        using var artifact = new MemoryStream();
        candidate.Candidate.Save(artifact);
        await using var connection = factory.OpenConnection();
        var id = await connection.ExecuteScalarAsync<long>("""
            INSERT INTO model_versions (version, parent_version, artifact, group_weights, trained_by, trained_at, decisions,
                                        held_out_decisions, evaluation, parent_evaluation, verdict)
            VALUES (@version, @parent, @artifact, @weights, 'test', now(), 6, 4, CAST(@evaluation AS jsonb), CAST(@evaluation AS jsonb), 'promoted')
            RETURNING id
            """, new
        {
            version = candidate.Candidate.Version, parent = TextModelProvider.WithLexicon(TextModel.Default).Version, artifact = artifact.ToArray(),
            weights = candidate.Candidate.GroupWeights.ToArray(),
            evaluation = System.Text.Json.JsonSerializer.Serialize(candidate.CandidateEvaluation, Core.JsonDefaults.Options),
        });
        return (id, candidate.Candidate.Version);
    }
}
