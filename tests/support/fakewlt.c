/* A stand-in for the vendor's licensed WLT decoder (libwlt2bmp), which cannot ship here. It has
 * the vendor's entry point and writes a real 102x126 24-bit BMP whose colours come from the WLT
 * bytes, so a test can tell that the station loaded it, called it and showed its picture. */
#include <string.h>

enum { kWidth = 102, kHeight = 126, kRow = (kWidth * 3 + 3) / 4 * 4, kSize = 54 + kRow * kHeight };

static void put32(unsigned char *at, unsigned value)
{
    at[0] = value & 0xff;
    at[1] = (value >> 8) & 0xff;
    at[2] = (value >> 16) & 0xff;
    at[3] = (value >> 24) & 0xff;
}

__attribute__((visibility("default"))) int unpack(const char *wlt, char *bmp, int bmpSize)
{
    if (bmpSize < kSize)
        return -1;
    unsigned char *out = (unsigned char *)bmp;
    memset(out, 0, kSize);
    out[0] = 'B';
    out[1] = 'M';
    put32(out + 2, kSize);
    put32(out + 10, 54);
    put32(out + 14, 40);
    put32(out + 18, kWidth);
    put32(out + 22, kHeight);
    out[26] = 1;
    out[28] = 24;
    put32(out + 34, kRow * kHeight);
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            unsigned char *pixel = out + 54 + y * kRow + x * 3;
            pixel[0] = (unsigned char)wlt[(x + y) % 1024];
            pixel[1] = (unsigned char)(y * 2);
            pixel[2] = (unsigned char)(x * 2);
        }
    return 1;
}
