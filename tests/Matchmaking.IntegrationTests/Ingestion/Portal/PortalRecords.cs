namespace Matchmaking.IntegrationTests.Ingestion.Portal;

/// <summary>What the fake portal serves: three pages of applications and one of mentor offers, each with bad records.</summary>
internal static class PortalRecords
{
    public const int Year = 2027;

    public static readonly string[] ApplicationPages =
    [
        """
        [
          { "id": "APP-P-001", "city": "Kumasi", "country_code": "GH", "creative_field": "Crafts and Folk Art", "languages": ["en"],
            "submitted_at": "2027-02-03T10:15:00+00:00", "needs": "Kente export marketing and a collective mark" },
          { "id": "APP-P-002", "city": "Safi", "country_code": "MA", "creative_field": "Pottery", "languages": ["fr", "ar"],
            "submitted_at": "2027-02-10T09:00:00+01:00", "needs": "Kilns that burn less wood" },
          { "id": "APP-P-003", "city": "Oran", "country_code": "DZ", "creative_field": "Music", "languages": "fr;ar",
            "submitted_at": "2027-03-14T19:00:00+01:00", "needs": "Raï archives", "previous_calls": [2025] }
        ]
        """,
        """
        [
          { "id": "APP-P-004", "city": "Fès", "country_code": "MA", "creative_field": "Crafts and Folk Art", "languages": ["fr", "ar"],
            "submitted_at": "2027-03-16T11:40:00+01:00", "needs": "Cleaner tanneries and apprenticeships" },
          { "id": "APP-P-005", "city": "Kano", "country_code": "NG", "creative_field": "Crafts and Folk Art", "languages": ["en"],
            "submitted_at": "2027-01-28T09:05:00+01:00", "needs": "Safeguarding the Kofar Mata dye pits" }
        ]
        """,
        """
        [
          { "id": "APP-P-006", "city": "Saint-Louis", "country_code": "SN", "creative_field": "Film", "languages": ["fr"],
            "submitted_at": "2027-02-20T12:00:00+00:00", "needs": "A documentary film school" },
          { "id": "APP-P-007", "city": "Tamale", "country_code": "Ghana", "creative_field": "Music", "languages": ["en"],
            "submitted_at": "2027-02-21T12:00:00+00:00" }
        ]
        """,
    ];

    public static readonly string[] MentorPages =
    [
        """
        [
          { "id": "MEN-P-001", "city": "Ouagadougou", "country_code": "BF", "creative_field": "Crafts and Folk Art",
            "languages": ["fr", "en"], "capacity": 2, "expertise": "The SIAO crafts fair",
            "support_forms": ["technical_assistance"], "member_since": 2017 },
          { "id": "MEN-P-002", "city": "Madaba", "country_code": "JO", "creative_field": "Crafts and Folk Art", "languages": ["ar"],
            "capacity": 0, "expertise": "Mosaic restoration" }
        ]
        """,
    ];

    /// <summary>Page 3 after the portal changed it: APP-P-007 fixed, APP-P-008 added.</summary>
    public const string ChangedPage3 = """
        [
          { "id": "APP-P-006", "city": "Saint-Louis", "country_code": "SN", "creative_field": "Film", "languages": ["fr"],
            "submitted_at": "2027-02-20T12:00:00+00:00", "needs": "A documentary film school" },
          { "id": "APP-P-007", "city": "Tamale", "country_code": "GH", "creative_field": "Music", "languages": ["en"],
            "submitted_at": "2027-02-21T12:00:00+00:00", "needs": "A recording studio for northern Ghana" },
          { "id": "APP-P-008", "city": "Jacmel", "country_code": "HT", "creative_field": "Crafts and Folk Art", "languages": ["fr"],
            "submitted_at": "2027-02-22T12:00:00+00:00", "needs": "Papier-mâché carnival workshops" }
        ]
        """;

    /// <summary>Portal settings for tests: small timeouts and delays, and a breaker that opens after 4 failures in a row.</summary>
    public static Dictionary<string, string?> Settings(FakePortal portal) => new()
    {
        ["Portal:Enabled"] = "true",
        ["Portal:BaseUrl"] = portal.BaseUrl.ToString(),
        ["Portal:ApiKey"] = "portal-test-key",
        ["Portal:CallYear"] = "2027",
        ["Portal:PageSize"] = "3",
        ["Portal:Timeout"] = "00:00:00.200",
        ["Portal:RetryCount"] = "5",
        ["Portal:RetryBaseDelay"] = "00:00:00.010",
        ["Portal:RetryMaxDelay"] = "00:00:00.050",
        ["Portal:CircuitBreakerFailureRatio"] = "0.8",
        ["Portal:CircuitBreakerMinimumThroughput"] = "4",
        ["Portal:CircuitBreakerSamplingDuration"] = "00:00:30",
        ["Portal:CircuitBreakerBreakDuration"] = "00:01:00",
    };
}
