using Matchmaking.Engine.Text;
using Microsoft.Extensions.Options;

namespace Matchmaking.Core.Matching;

/// <summary>The text model named in configuration, loaded once.</summary>
public sealed class TextModelProvider(IOptions<ModelOptions> options)
{
    private readonly Lazy<TextModel> _model = new(() => Load(options.Value.Path));

    public TextModel Model => _model.Value;

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

        return LexiconFiles.TryRead() is { } lexicon ? model.WithLexicon(lexicon) : model;
    }
}
