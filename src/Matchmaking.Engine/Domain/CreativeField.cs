namespace Matchmaking.Engine.Domain;

/// <summary>The seven creative fields of the UNESCO Creative Cities Network.</summary>
public enum CreativeField
{
    CraftsAndFolkArt,
    Design,
    Film,
    Gastronomy,
    Literature,
    MediaArts,
    Music,
}
