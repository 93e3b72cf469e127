namespace Matchmaking.Web.Limits;

/// <summary>Marks an endpoint or page that takes an import file: its body may be <see cref="BodyLimitOptions.ImportBytes"/>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
internal sealed class ImportBodyAttribute : Attribute;
