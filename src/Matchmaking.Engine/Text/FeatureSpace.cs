using Microsoft.ML;
using Microsoft.ML.Data;

namespace Matchmaking.Engine.Text;

/// <summary>
/// Lays the group columns end to end in one id space and names each id from the pipeline's slot names: a word, two words
/// ("a|b"), a character n-gram, a concept; hashed words have no names.
/// </summary>
internal sealed class FeatureSpace
{
    private readonly int[] offsets;
    private readonly string[][] names;

    private FeatureSpace(int[] offsets, string[][] names, Lexicon.Lexicon? lexicon)
    {
        this.offsets = offsets;
        this.names = names;
        Lexicon = lexicon;
    }

    /// <summary>Names the lexical ids (the stems above the pipeline's space), when the model reads a lexicon.</summary>
    public Lexicon.Lexicon? Lexicon { get; }

    public static FeatureSpace Of(DataViewSchema schema, Lexicon.Lexicon? lexicon = null)
    {
        var count = TextPipeline.Outputs.Length;
        var offsets = new int[count + 1];
        var names = new string[count][];
        for (var g = 0; g < count; g++)
        {
            var column = schema[TextPipeline.Outputs[g]];
            var size = column.Type is VectorDataViewType vector ? vector.Size : 1;
            offsets[g + 1] = offsets[g] + size;
            names[g] = [];
            if ((FeatureGroup)g != FeatureGroup.Hashed && column.HasSlotNames())
            {
                VBuffer<ReadOnlyMemory<char>> slots = default;
                column.GetSlotNames(ref slots);
                names[g] = [.. slots.DenseValues().Select(s => s.ToString())];
            }
        }

        return new FeatureSpace(offsets, names, lexicon);
    }

    public int Offset(FeatureGroup group) => offsets[(int)group];

    /// <summary>The number of ids of a pipeline group (the groups computed beside it have no fixed size: 0).</summary>
    public int Size(FeatureGroup group) => (int)group < offsets.Length - 1 ? offsets[(int)group + 1] - offsets[(int)group] : 0;

    public FeatureGroup GroupOf(int id)
    {
        if (id >= offsets[^1])
        {
            return (id - ExtraGroups.LexicalBase) % 2 == 0 ? FeatureGroup.Lexical : FeatureGroup.Related;
        }

        var g = 0;
        while (id >= offsets[g + 1])
        {
            g++;
        }

        return (FeatureGroup)g;
    }

    /// <summary>The pipeline's name of a feature (empty for hashed words).</summary>
    public string Name(int id)
    {
        if (id >= offsets[^1])
        {
            // A direct lexical stem is named; WordNet's related stems are not shown (they are not in either text).
            return GroupOf(id) == FeatureGroup.Lexical && Lexicon?.StemOf((id - ExtraGroups.LexicalBase) / 2) is { } stem ? stem : "";
        }

        var group = GroupOf(id);
        var local = id - offsets[(int)group];
        var groupNames = names[(int)group];
        return local < groupNames.Length ? groupNames[local] : "";
    }
}
