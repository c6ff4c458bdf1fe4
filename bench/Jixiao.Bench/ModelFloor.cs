using System.Text;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;

namespace Jixiao.Bench;

/// The least any reader must do to give the sample's declaration, however it is designed: what the baseline does
/// (decode, split into lines and tab-separated cells), then read each indicator's target text and make the model's
/// objects. Where each cell goes is taken as known, for free: no reader gets that for nothing, so a real reader can
/// only be slower than this. It answers whether a goal is within reach on this machine before a redesign is paid for.
internal sealed class ModelFloor
{
    private readonly byte[] _bytes;
    private readonly Declaration _template;
    private readonly (string Level1, string Level2, string Name, string TargetText)[] _rows;

    public ModelFloor(byte[] bytes, Declaration read)
    {
        _bytes = bytes;
        _template = read with { Indicators = [] };
        _rows = read.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text)).ToArray();
    }

    public Declaration Build(ref int sink)
    {
        var text = Encoding.UTF8.GetString(_bytes);
        foreach (var line in text.Split('\n'))
            sink += line.Split('\t').Length;
        // One TargetReader a form, as the reader has: a form's repeated texts ("100%") are read once.
        var targets = new TargetReader();
        var indicators = new Indicator[_rows.Length];
        for (var i = 0; i < _rows.Length; i++)
        {
            var (level1, level2, name, targetText) = _rows[i];
            indicators[i] = new Indicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = name,
                Target = targets.Parse(targetText, new TargetContext(level2, name)),
            };
        }
        return _template with { Indicators = indicators };
    }
}
