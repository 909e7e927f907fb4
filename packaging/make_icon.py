"""Draw the program's icon: 五社 in white on the side panel's blue, as PNG and a multi-size ICO.

Run once when the icon changes (the results are committed in resources/icons/):
    .venv/bin/python packaging/make_icon.py
"""

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
OUT = ROOT / "resources" / "icons"
BLUE = (31, 58, 96, 255)  # the side panel of the main window (resources/style/app.qss)
GOLD = (232, 178, 60, 255)


def draw(size: int = 1024) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=BLUE)
    pen.rectangle((size // 8, size * 3 // 4, size * 7 // 8, size * 3 // 4 + size // 24), fill=GOLD)
    font = ImageFont.truetype(str(FONT), size * 38 // 100)
    pen.text((size // 2, size * 43 // 100), "五社", font=font, fill="white", anchor="mm")
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "wulian-desk.png")
    big.save(OUT / "wulian-desk.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
