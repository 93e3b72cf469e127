namespace Matchmaking.Engine.Domain;

public enum SupportForm
{
    TechnicalAssistance,
    FieldVisit,
    Cooperation,
}
