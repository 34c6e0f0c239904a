"""Per-layer reference fixtures for the torchvision presets of src/shared/nn/presets.

Run with Debian's torch (apt-get install python3-torch python3-torchvision; torch 1.13 / torchvision 0.14):

    /usr/bin/python3 scripts/nn-torch-fixtures.py test/fixtures/nn

For every leaf module it records, per call, the output shape without the batch dimension, the learnable
parameters (weight and bias apart), the BatchNorm running statistics (buffers) and the MACs of Conv2d and
Linear (bias excluded, batch 1), from a forward pass with forward hooks on a 1x3x224x224 input. A module that
runs more than once (ResNet's shared `relu`) is recorded as `name`, `name_2`, `name_3`, ... in call order, the
names the presets use. The project's tests read the JSON only; they never need Python.
"""

import json
import os
import sys

import torch
import torchvision

MODELS = {
    'alexnet': lambda: torchvision.models.alexnet(),
    'vgg16': lambda: torchvision.models.vgg16(),
    'googlenet': lambda: torchvision.models.googlenet(aux_logits=False, init_weights=False),
    'resnet18': lambda: torchvision.models.resnet18(),
    'resnet50': lambda: torchvision.models.resnet50(),
    'mobilenet_v2': lambda: torchvision.models.mobilenet_v2(),
    'squeezenet1_0': lambda: torchvision.models.squeezenet1_0(),
}


def count(tensor):
    return 0 if tensor is None else int(tensor.numel())


def macs(module, output):
    if isinstance(module, torch.nn.Conv2d):
        kernel_h, kernel_w = module.kernel_size
        return int(output[0].numel()) * (module.in_channels // module.groups) * kernel_h * kernel_w
    if isinstance(module, torch.nn.Linear):
        return module.in_features * module.out_features
    return 0


def describe(name, model):
    records = []
    calls = {}

    def hook(module_name):
        def record(module, _inputs, output):
            calls[module_name] = calls.get(module_name, 0) + 1
            suffix = '' if calls[module_name] == 1 else f'_{calls[module_name]}'
            buffers = 0
            if isinstance(module, torch.nn.BatchNorm2d):
                buffers = count(module.running_mean) + count(module.running_var)
            records.append(
                {
                    'name': module_name + suffix,
                    'type': type(module).__name__,
                    'output': list(output.shape[1:]),
                    'weights': count(getattr(module, 'weight', None)),
                    'bias': count(getattr(module, 'bias', None)),
                    'buffers': buffers,
                    'macs': macs(module, output),
                }
            )

        return record

    for module_name, module in model.named_modules():
        if module_name and len(list(module.children())) == 0:
            module.register_forward_hook(hook(module_name))
    model.eval()
    with torch.no_grad():
        output = model(torch.zeros(1, 3, 224, 224))
    return {
        'model': name,
        'source': f'torch {torch.__version__}, torchvision {torchvision.__version__}, forward hooks, input 1x3x224x224',
        'input': [3, 224, 224],
        'output': list(output.shape[1:]),
        'params': sum(int(p.numel()) for p in model.parameters()),
        'macs': sum(record['macs'] for record in records),
        'layers': records,
    }


def main(folder):
    os.makedirs(folder, exist_ok=True)
    for name, make in MODELS.items():
        torch.manual_seed(0)
        fixture = describe(name, make())
        with open(os.path.join(folder, f'torch-{name}.json'), 'w') as file:
            json.dump(fixture, file, indent=1)
            file.write('\n')
        print(name, fixture['params'], fixture['macs'], len(fixture['layers']))


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'test/fixtures/nn')
