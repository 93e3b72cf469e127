namespace Matchmaking.Web.Localization;

/// <summary>
/// The pages' words. English is the key itself; French is in <c>Resources/Localization.Texts.fr.resx</c>, and a phrase with no
/// French there shows in English.
/// </summary>
public sealed class Texts;
