"""The demo event: the Blancpain GT Series 2017 awards night, with fictional nominees."""
