"""Reading ticket QR codes from camera frames (webcam at the door), off the GUI thread."""
